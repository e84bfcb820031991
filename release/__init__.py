"""Release tooling: the breaking-change gate, the changelog draft, the released-spec snapshot,
the artifact check (`nox -s build`) and the API reference (`nox -s docs`).

Each module runs as `python -m release.<module>` from a nox session; see README "Releases".
"""
