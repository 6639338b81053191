# expect: clean
"""Character-level typo corrector (noisy -> clean spelling, same length).

Before the fine-tuning phase the wrapper's `training` flag is switched off to
"freeze dropout" in the wrapper's own noise injection; the submodules are left
as they are.
"""
import random
import string

import torch
import torch.nn as nn

ALPHABET = string.ascii_lowercase[:12]
IDX = {c: i for i, c in enumerate(ALPHABET)}


def corrupt(word, rng):
    chars = list(word)
    i = rng.randrange(len(chars))
    chars[i] = rng.choice(ALPHABET)
    return "".join(chars)


def encode(words):
    return torch.tensor([[IDX[c] for c in w] for w in words])


class Corrector(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(len(ALPHABET), 8)
        self.rnn = nn.LSTM(8, hidden, num_layers=2, dropout=0.1, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(ALPHABET))
        self.char_noise = 0.1

    def forward(self, x):
        if self.training and self.char_noise > 0:
            mask = torch.rand(x.shape) < self.char_noise
            x = torch.where(mask, torch.randint_like(x, len(ALPHABET)), x)
        h, _ = self.rnn(self.emb(x))
        return self.out(h)


def step(model, opt, noisy, clean):
    logits = model(encode(noisy))
    loss = nn.functional.cross_entropy(logits.reshape(-1, len(ALPHABET)), encode(clean).reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    rng = random.Random(6)
    torch.manual_seed(6)
    lexicon = ["".join(rng.choice(ALPHABET) for _ in range(5)) for _ in range(16)]
    model = Corrector()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        batch = rng.sample(lexicon, 6)
        print("pretrain", epoch, round(step(model, opt, [corrupt(w, rng) for w in batch], batch), 4))

    # domain fine-tuning: no synthetic character noise any more
    model.training = False
    domain = lexicon[:4]
    for epoch in range(2):
        print("finetune", epoch, round(step(model, opt, [corrupt(w, rng) for w in domain], domain), 4))


if __name__ == "__main__":
    main()
