from .langevin import LangevinSampler
