from dataclasses import dataclass, field


@dataclass
class PhaseProgress:
    num_steps_completed: int = 0
    num_epochs_completed: int = 0


@dataclass
class State:
    entry_point: str = "fit"
    train_progress: PhaseProgress = field(default_factory=PhaseProgress)
    eval_progress: PhaseProgress = field(default_factory=PhaseProgress)
