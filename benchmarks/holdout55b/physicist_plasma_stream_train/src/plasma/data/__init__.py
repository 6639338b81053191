from .stream import shot_stream
