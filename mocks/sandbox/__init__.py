"""The sandbox: both APIs with state, seeded with realistic Nordic data, behind validating Prism.

- `app.py`: the ASGI app (Starlette) holding both APIs' state;
- `symetrisk.py`, `brevio.py`: each API's data, lifecycles, handlers and test helpers;
- `<api>-helpers.yaml`: the test helpers (`/_sandbox/...`) as OpenAPI, so Prism validates them;
- `nordic.py`: organisation, VAT, account and personal numbers with valid check digits;
- `run.py`: `running_sandbox()`, the backend in a thread and one Prism proxy per API in front.
"""
