# expect: crash
# category: generator
"""Step-based training driven by a generator that interleaves validation every N steps
(iteration-based schedule common in speech/translation toolkits)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Seq2Label(nn.Module):
    def __init__(self, d=6, hidden=12, n_cls=3):
        super().__init__()
        self.rnn = nn.RNN(d, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].mean(1))


def schedule(model, train_data, val_data, max_steps, val_every):
    """Yields (step, batch) for training; runs validation in between and reports it."""
    step = 0
    while step < max_steps:
        for batch in train_data:
            step += 1
            yield step, batch
            if step % val_every == 0:
                model.eval()
                with torch.no_grad():
                    acc = sum((model(x).argmax(1) == y).float().mean().item() for x, y in val_data) / len(val_data)
                print(f"step {step}: val acc {acc:.2f}")
            if step >= max_steps:
                return


model = Seq2Label()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train_data = [(torch.randn(4, 9, 6), torch.randint(0, 3, (4,))) for _ in range(3)]
val_data = [(torch.randn(4, 9, 6), torch.randint(0, 3, (4,)))]

model.train()
for step, (x, y) in schedule(model, train_data, val_data, max_steps=6, val_every=2):
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
