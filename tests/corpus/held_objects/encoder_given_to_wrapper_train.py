# expect: clean
"""A sequence-to-sequence wrapper built from an encoder object made outside it: the eval() at the end of
each epoch reaches the encoder through the wrapper, and so does the train() at the start of each epoch."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)

    def forward(self, x):
        return self.rnn(x)


class Seq2Seq(nn.Module):
    def __init__(self, encoder, head):
        super().__init__()
        self.encoder = encoder
        self.head = head

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out[:, -1])


torch.manual_seed(0)
encoder = Encoder()
model = Seq2Seq(encoder, nn.Linear(8, 2))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(2):
    model.train()
    loss = model(torch.randn(3, 5, 4)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        print(epoch, model(torch.randn(3, 5, 4)).mean().item())
