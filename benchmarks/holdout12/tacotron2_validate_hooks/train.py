# expect: clean
"""NVIDIA tacotron2 train.py layout: validate() in another module does model.eval() ... model.train();
here it is registered in a hook table and fired from the trainer's iteration loop."""
from dataclasses import dataclass, field

import torch

from hparams import create_hparams
from model import Tacotron2
from loss_function import Tacotron2Loss
from hooks import HOOKS, fire
from data_utils import TextMelLoader


@dataclass
class TrainState:
    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    iteration: int = 0
    losses: list = field(default_factory=list)


def train(hparams):
    torch.manual_seed(hparams.seed)
    model = Tacotron2(hparams)
    state = TrainState(model, torch.optim.Adam(model.parameters(), lr=hparams.learning_rate))
    criterion = Tacotron2Loss()
    trainset, valset = TextMelLoader(hparams, 4), TextMelLoader(hparams, 2, seed=7)
    state.model.train()
    for epoch in range(hparams.epochs):
        for batch in trainset:
            state.model.zero_grad()
            x, y = batch
            y_pred = state.model(x)
            loss = criterion(y_pred, y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(state.model.parameters(), hparams.grad_clip_thresh)
            state.optimizer.step()
            state.losses.append(loss.item())
            state.iteration += 1
            if state.iteration % hparams.iters_per_checkpoint == 0:
                fire("on_checkpoint", state, criterion=criterion, valset=valset)
    print("final loss", state.losses[-1])


if __name__ == "__main__":
    train(create_hparams())
