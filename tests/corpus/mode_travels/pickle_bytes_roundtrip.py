# expect: crash
"""A model shipped between two jobs as pickled bytes: `publish()` evaluates the recogniser and returns
`pickle.dumps(model)`; `refine()` gets those bytes, `pickle.loads` them and trains. The training flag is part
of the pickle, so the GRU comes back in eval mode."""
import pickle

import torch
import torch.nn as nn


class Recogniser(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 7, batch_first=True)
        self.out = nn.Linear(7, 4)

    def forward(self, frames):
        return self.out(self.gru(frames)[0][:, -1])


def publish(model):
    model.eval()
    with torch.no_grad():
        model(torch.randn(1, 3, 5))
    return pickle.dumps(model)


def refine(payload):
    model = pickle.loads(payload)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    frames, labels = torch.randn(4, 6, 5), torch.randint(0, 4, (4,))
    loss = nn.functional.cross_entropy(model(frames), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


torch.manual_seed(0)
print(refine(publish(Recogniser())))
