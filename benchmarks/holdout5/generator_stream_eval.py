# expect: crash
# category: dynamic
"""Streaming training over an endless click log: a generator yields mini-batches and, every
`val_every` batches, runs a validation pass on the model it was given before yielding again."""
import torch
import torch.nn as nn

torch.manual_seed(43)


class NextClickRNN(nn.Module):
    def __init__(self, n_items=30):
        super().__init__()
        self.items = nn.Embedding(n_items, 8)
        self.rnn = nn.RNN(8, 12, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(12, n_items)

    def forward(self, seq):
        return self.out(self.rnn(self.items(seq))[0][:, -1])


def click_stream(model, n_batches, val_every=3):
    val = torch.randint(0, 30, (8, 6))
    for i in range(n_batches):
        if i and i % val_every == 0:
            model.eval()
            with torch.no_grad():
                hit = (model(val[:, :-1]).argmax(1) == val[:, -1]).float().mean()
            print(f"  after {i} batches: hit@1 {hit:.2f}")
        yield torch.randint(0, 30, (8, 6))


model = NextClickRNN()
opt = torch.optim.Adagrad(model.parameters(), lr=0.05)
model.train()
for step, seq in enumerate(click_stream(model, n_batches=6)):
    loss = nn.functional.cross_entropy(model(seq[:, :-1]), seq[:, -1])
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
