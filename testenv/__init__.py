"""A captcha-free simulation of the Norwegian login services the guides describe.

Run it with `python -m testenv --port 8000`. The suite talks to it only over HTTP.
"""
