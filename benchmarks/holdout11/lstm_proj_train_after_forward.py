# expect: crash
# Scheduled sampling for a seq2seq decoder with an LSTM using proj_size: the "model predictions" pass runs in eval
# (no dropout) and its outputs are kept with their graph; train() is called afterwards and the loss mixes both
# passes. The mode is read at forward time, so the eval pass's cuDNN call still has no training reserve.
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab=30, d=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, 24, proj_size=d, batch_first=True, num_layers=2, dropout=0.1)
        self.proj = nn.Linear(d, vocab)

    def forward(self, y_in):
        return self.proj(self.lstm(self.emb(y_in))[0])


torch.manual_seed(0)
dec = Decoder()
opt = torch.optim.Adam(dec.parameters(), 1e-3)
y = torch.randint(0, 30, (3, 8))
for step in range(2):
    dec.eval()
    sampled_logits = dec(y[:, :-1])
    dec.train()
    mixed_in = torch.where(torch.rand(3, 7) < 0.25, sampled_logits.argmax(-1), y[:, :-1])
    tf_logits = dec(mixed_in)
    loss = nn.functional.cross_entropy(tf_logits.flatten(0, 1), y[:, 1:].flatten()) \
        + 0.1 * nn.functional.cross_entropy(sampled_logits.flatten(0, 1), y[:, 1:].flatten())
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done")
