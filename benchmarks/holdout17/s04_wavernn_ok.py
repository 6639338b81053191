# expect: clean
"""WaveRNN-style vocoder: a training loop that listens to a sample every few steps."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
BITS = 4


class WaveRNN(nn.Module):
    def __init__(self, mels=6, hidden=12):
        super().__init__()
        self.I = nn.Linear(mels + 1, hidden)
        self.rnn1 = nn.GRU(hidden, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2 ** BITS)

    def forward(self, x, mels):
        h = self.I(torch.cat([x.unsqueeze(-1), mels], -1))
        h, _ = self.rnn1(h)
        return self.fc(h)

    def generate(self, mels):
        was_training = self.training
        self.eval()
        out = []
        x = torch.zeros(mels.size(0), 1)
        with torch.no_grad():
            for t in range(mels.size(1)):
                logits = self(x, mels[:, t:t + 1])
                s = torch.distributions.Categorical(logits=logits[:, -1]).sample()
                x = (s.float() / (2 ** BITS - 1) * 2 - 1).unsqueeze(1)
                out.append(x)
        self.train(was_training)
        return torch.cat(out, 1)


def label_2_float(y):
    return y.float() / (2 ** BITS - 1) * 2 - 1


def tts_train_loop(model, optimiser, steps, gen_every=3):
    for step in range(1, steps + 1):
        mels = torch.randn(4, 10, 6)
        y = torch.randint(0, 2 ** BITS, (4, 10))
        x = label_2_float(torch.roll(y, 1, 1))
        y_hat = model(x, mels)
        loss = F.cross_entropy(y_hat.transpose(1, 2), y)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % gen_every == 0:
            wav = model.generate(torch.randn(1, 5, 6))
            print("step", step, "loss", round(loss.item(), 3), "wav", tuple(wav.shape))


if __name__ == "__main__":
    model = WaveRNN()
    model.train()
    tts_train_loop(model, torch.optim.Adam(model.parameters(), 1e-3), steps=7)
    print("done")
