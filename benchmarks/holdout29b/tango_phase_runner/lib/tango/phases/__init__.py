from .runner import Runner
from .io import read_phases
