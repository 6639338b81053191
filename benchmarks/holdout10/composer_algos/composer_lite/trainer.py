import enum
from dataclasses import dataclass, field
from typing import Any, Dict, List

import torch


class Event(enum.Enum):
    FIT_START = "fit_start"
    EPOCH_START = "epoch_start"
    AFTER_BACKWARD = "after_backward"
    EPOCH_END = "epoch_end"
    FIT_END = "fit_end"


class Algorithm:
    def match(self, event, state) -> bool:
        raise NotImplementedError

    def apply(self, event, state, logger=None):
        raise NotImplementedError


@dataclass
class State:
    model: torch.nn.Module
    optimizers: List[torch.optim.Optimizer]
    max_epochs: int
    epoch: int = 0
    batch: Any = None
    loss: Any = None
    metrics: Dict[str, list] = field(default_factory=dict)


class Engine:
    def __init__(self, state, algorithms):
        self.state, self.algorithms = state, algorithms

    def run_event(self, event):
        for algo in self.algorithms:
            if algo.match(event, self.state):
                algo.apply(event, self.state)


class Trainer:
    def __init__(self, model, train_dataloader, max_duration="1ep", algorithms=(), optimizers=None):
        opt = optimizers or torch.optim.SGD(model.parameters(), lr=0.05)
        self.state = State(model=model, optimizers=[opt], max_epochs=int(max_duration.rstrip("ep")))
        self.train_dataloader = train_dataloader
        self.engine = Engine(self.state, list(algorithms))

    def fit(self):
        state = self.state
        state.model.train()
        self.engine.run_event(Event.FIT_START)
        for state.epoch in range(state.max_epochs):
            self.engine.run_event(Event.EPOCH_START)
            for state.batch in self.train_dataloader:
                self._train_microbatch(state)
            self.engine.run_event(Event.EPOCH_END)
        self.engine.run_event(Event.FIT_END)

    def _train_microbatch(self, state):
        for opt in state.optimizers:
            opt.zero_grad()
        outputs = state.model(state.batch)
        state.loss = state.model.loss(outputs, state.batch)
        state.loss.backward()
        self.engine.run_event(Event.AFTER_BACKWARD)
        for opt in state.optimizers:
            opt.step()
