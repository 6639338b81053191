from .rehearsal import Rehearsal, StageRehearsal
