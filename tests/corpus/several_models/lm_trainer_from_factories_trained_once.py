# expect: crash
# As lm_trainer_from_factories_finetune.py, but train() is called once, before the epochs: the
# second epoch trains whichever model the trainer holds in the eval mode the evaluation left.
import os
import torch
import torch.nn as nn


class CharLM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 5)
        self.finetune = True  # always finetune unless told otherwise

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out)

    def train(self, mode=True):
        if not mode:
            super().train(mode)
        else:
            if self.finetune:
                super().train(mode)

    @classmethod
    def from_full_state(cls, state, finetune=False):
        model = cls(state["hidden"])
        model.load_state_dict(state["weights"])
        model.finetune = finetune
        return model


class LMTrainer:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer

    @classmethod
    def from_new_model(cls, hidden):
        model = CharLM(hidden)
        return cls(model, torch.optim.SGD(model.parameters(), lr=0.1))

    @classmethod
    def load(cls, filename, finetune=False):
        state = torch.load(filename)
        model = CharLM.from_full_state(state, finetune)
        return cls(model, torch.optim.SGD(model.parameters(), lr=0.1))


def evaluate(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).sum().item()


def train(checkpoint):
    if checkpoint and os.path.exists(checkpoint):
        trainer = LMTrainer.load(checkpoint, finetune=True)
    else:
        trainer = LMTrainer.from_new_model(8)
    x = torch.randn(2, 5, 4)
    trainer.model.train()
    for epoch in range(3):
        loss = trainer.model(x).pow(2).mean()
        trainer.optimizer.zero_grad()
        loss.backward()  # TM001-here
        trainer.optimizer.step()
        evaluate(trainer.model, x)


train(os.path.join(os.path.dirname(os.path.abspath(__file__)), "no_such_checkpoint.pt"))
