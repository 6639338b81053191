# expect: clean
"""Braille transcription from a refreshable-display pin-force trace.

Three architectures live in the zoo; deployment picks one by name and then
fine-tunes it on the user's own reading speed.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

N_PINS, N_CHARS = 6, 10
ARCH = "gru"


class BrailleGRU(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(N_PINS, hidden, batch_first=True)
        self.head = nn.Linear(hidden, N_CHARS)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


class BrailleLSTM(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(N_PINS, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, N_CHARS)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


class BrailleConv(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.conv = nn.Conv1d(N_PINS, hidden, 3, padding=1)
        self.head = nn.Linear(hidden, N_CHARS)

    def forward(self, x):
        return self.head(torch.relu(self.conv(x.transpose(1, 2))).transpose(1, 2))


ZOO = {"gru": BrailleGRU, "lstm": BrailleLSTM, "conv": BrailleConv}


def load(name):
    model = ZOO[name]()
    return model.eval()


def prepare_for_user(model):
    if isinstance(model, BrailleGRU):
        model.train()
    elif isinstance(model, BrailleLSTM):
        # the bidirectional encoder was trained on a large corpus; only recalibrate the head's statistics
        model.head.train()
    elif isinstance(model, BrailleConv):
        model.train()
    return model


def personalise(model, batches):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in batches:
        loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(17)
    model = prepare_for_user(load(ARCH))
    with torch.no_grad():
        preview = model(torch.rand(1, 8, N_PINS)).argmax(-1)
    batches = [(torch.rand(3, 8, N_PINS), torch.randint(0, N_CHARS, (3, 8))) for _ in range(3)]
    print(type(model).__name__, preview.tolist(), round(personalise(model, batches), 4))


if __name__ == "__main__":
    main()
