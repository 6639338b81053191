from pipeworks.registry import MODELS, register, build
from pipeworks import models  # noqa: F401  (fills the registry)
from pipeworks.phases import phase_stream
