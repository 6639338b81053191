from .lathe import LatheNet
