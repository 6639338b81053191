from .stage import Rehearsal, StageRehearsal
from .controller import MarionetteController, capture_sessions
