# expect: crash
# As lm_trainer_from_factories_finetune.py, but the checkpoint exists and is loaded without
# finetune=True: the override's train() then keeps the model in the eval mode the evaluation left.
import os
import tempfile
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
        trainer = LMTrainer.load(checkpoint)
    else:
        trainer = LMTrainer.from_new_model(8)
    x = torch.randn(2, 5, 4)
    for epoch in range(3):
        trainer.model.train()
        loss = trainer.model(x).pow(2).mean()
        trainer.optimizer.zero_grad()
        loss.backward()  # TM001-here
        trainer.optimizer.step()
        evaluate(trainer.model, x)


path = os.path.join(tempfile.mkdtemp(), "charlm.pt")
torch.save({"hidden": 8, "weights": CharLM(8).state_dict()}, path)
try:
    train(path)
finally:
    os.remove(path)
    os.rmdir(os.path.dirname(path))
