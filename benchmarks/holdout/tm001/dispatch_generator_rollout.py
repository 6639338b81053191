# expect: crash
# category: dispatch
"""Self-critical sequence training: a generator samples captions and yields their log-probs."""
import torch
import torch.nn as nn


class CaptionDecoder(nn.Module):
    def __init__(self, vocab=20, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.logit = nn.Linear(dim, vocab)

    def forward(self, tokens):
        return self.logit(self.lstm(self.embed(tokens))[0])


def sample_captions(decoder, prefixes, n_rounds):
    decoder.eval()  # no dropout while sampling
    for _ in range(n_rounds):
        logp = decoder(prefixes).log_softmax(-1)
        tokens = torch.distributions.Categorical(logits=logp).sample()
        yield tokens, logp.gather(-1, tokens.unsqueeze(-1)).squeeze(-1)


def reward(tokens):
    return (tokens % 2 == 0).float().mean(1)


torch.manual_seed(0)
decoder = CaptionDecoder()
optimizer = torch.optim.Adam(decoder.parameters(), lr=1e-3)
prefixes = torch.randint(0, 20, (4, 5))
for tokens, logprobs in sample_captions(decoder, prefixes, n_rounds=3):
    r = reward(tokens)
    loss = -((r - r.mean()).unsqueeze(1) * logprobs).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
