"""The resources of Brevio: one module per spec tag."""
