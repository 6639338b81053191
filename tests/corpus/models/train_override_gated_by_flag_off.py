# expect: crash
# As train_override_gated_by_flag_on.py, but the factory is told finetune=False: the override's train()
# then leaves the model in the eval mode evaluate() set, and the next epoch's backward crashes.
import torch
import torch.nn as nn


class CharLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 5)
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


def evaluate(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).sum().item()


def make(finetune):
    m = CharLM()
    m.finetune = finetune
    return m


def build(finetune=False):
    return make(finetune)


model = build(False)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(2, 5, 4)
for epoch in range(3):
    model.train()
    loss = model(x).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    evaluate(model, x)
