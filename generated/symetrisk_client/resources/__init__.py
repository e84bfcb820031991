"""The resources of Symetrisk: one module per spec tag."""
