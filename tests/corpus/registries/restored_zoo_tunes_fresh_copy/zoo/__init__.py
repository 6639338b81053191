from .catalog import ARCHS, arch
from . import nets  # noqa: F401  (each net adds itself to ARCHS)
