# expect: crash
"""Language-model pretraining script: a parametrised decorator scores the dev set after each epoch."""
import functools

import torch
import torch.nn as nn


def score_on(dev_batches, every=1):
    def attach(epoch_fn):
        calls = {"n": 0}

        @functools.wraps(epoch_fn)
        def run(net, *args):
            out = epoch_fn(net, *args)
            calls["n"] += 1
            if calls["n"] % every == 0:
                net.eval()
                with torch.no_grad():
                    dev = sum(nn.functional.cross_entropy(net(s[:, :-1]).flatten(0, 1), s[:, 1:].flatten()).item()
                              for s in dev_batches)
                print(f"dev loss {dev / len(dev_batches):.3f}")
            return out
        return run
    return attach


class CharLM(nn.Module):
    def __init__(self, vocab=30, width=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.rnn = nn.GRU(8, width, num_layers=2, batch_first=True)
        self.decode = nn.Linear(width, vocab)

    def forward(self, chars):
        return self.decode(self.rnn(self.embed(chars))[0])


torch.manual_seed(8)
dev_set = [torch.randint(0, 30, (4, 12))]
lm = CharLM()
sgd = torch.optim.SGD(lm.parameters(), lr=0.5)


@score_on(dev_set, every=1)
def epoch(net, batches):
    for seq in batches:
        logits = net(seq[:, :-1])
        loss = nn.functional.cross_entropy(logits.flatten(0, 1), seq[:, 1:].flatten())
        sgd.zero_grad()
        loss.backward()  # TM001-here
        sgd.step()
    return loss.item()


lm.train()
for _ in range(2):
    epoch(lm, [torch.randint(0, 30, (4, 12)) for _ in range(2)])
