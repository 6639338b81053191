# expect: crash
# The `else` of `if not finetune or training:` runs when finetune holds and training does not:
# the model is in eval mode there, and the backward crashes on a GPU.
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out)


def grads_flow(training, finetune):
    model = Tagger()
    if training:
        model.train()
    else:
        model.eval()
    x = torch.randn(2, 5, 4)
    if not finetune or training:
        with torch.no_grad():
            model(x)
        return False
    else:
        loss = model(x).sum()
        loss.backward()  # TM001-here
        return all(p.grad is not None for p in model.head.parameters())


for training in (True, False):
    for finetune in (True, False):
        print(training, finetune, grads_flow(training, finetune))
