from .consumer import consume
