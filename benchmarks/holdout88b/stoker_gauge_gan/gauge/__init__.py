from .nets import TraceGenerator, TraceCritic
from .steps import critic_step, generator_step
