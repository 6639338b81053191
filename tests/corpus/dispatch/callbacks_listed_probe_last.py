# expect: crash
"""Callbacks run in the order the list gives them: a probe that decodes a sample in eval mode is listed after the
callback that sets the model back to train, so every batch's forward runs the GRU in eval mode."""
import torch
import torch.nn as nn


class Speller(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.gru = nn.GRU(8, 16, batch_first=True)
        self.out = nn.Linear(16, 30)

    def forward(self, chars):
        hidden, _ = self.gru(self.emb(chars))
        return self.out(hidden)


class TrainMode:
    def on_batch(self, model):
        model.train()


class DecodeProbe:
    def __init__(self, sample):
        self.sample = sample

    def on_batch(self, model):
        model.eval()
        with torch.no_grad():
            print("probe", model(self.sample).argmax(-1)[0, :5].tolist())


model = Speller()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
probe = DecodeProbe(torch.randint(0, 30, (1, 6)))
set_train = TrainMode()
callbacks = [set_train, probe]
for step in range(3):
    chars = torch.randint(0, 30, (4, 6))
    for callback in callbacks:
        callback.on_batch(model)
    logits = model(chars)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 30), chars.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
