from dataclasses import dataclass, field

import torch


@dataclass
class State:
    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    metrics: dict = field(default_factory=dict)
    stop: bool = False


def train_one_epoch(state, loader):
    for x, y in loader:
        state.optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(state.model(x), y)
        loss.backward()  # TM001-here
        state.optimizer.step()
    return loss.item()


def fit(model, loader, epochs, callbacks=()):
    state = State(model, torch.optim.SGD(model.parameters(), lr=0.05))
    model.train()
    for epoch in range(epochs):
        train_loss = train_one_epoch(state, loader)
        for cb in callbacks:
            cb.on_epoch_end(state)
        print(f"epoch {epoch} train {train_loss:.3f} val {state.metrics['val_loss']:.3f}")
        if state.stop:
            break
