# expect: clean
"""A BiLSTM-CRF tagger whose wrapper uses its own `training` attribute as a "decode or score" switch:
`tagger.training = False` selects Viterbi decoding, but the flag is assigned on the wrapper only, so the
LSTM inside keeps training mode and the structured-perceptron update backpropagates through it."""
import torch
import torch.nn as nn


class BiLSTMCRF(nn.Module):
    def __init__(self, vocab=25, emb=6, hidden=8, tags=5):
        super().__init__()
        self.embeds = nn.Embedding(vocab, emb)
        self.bilstm = nn.LSTM(emb, hidden // 2, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(hidden, tags)
        self.transitions = nn.Parameter(torch.zeros(tags, tags))

    def _features(self, sentence):
        return self.hidden2tag(self.bilstm(self.embeds(sentence))[0])

    def _viterbi(self, feats):
        score, back = feats[:, 0], []
        for t in range(1, feats.shape[1]):
            s, idx = (score.unsqueeze(2) + self.transitions).max(1)
            score = s + feats[:, t]
            back.append(idx)
        path = [score.argmax(1)]
        for idx in reversed(back):
            path.append(idx.gather(1, path[-1][:, None])[:, 0])
        return torch.stack(path[::-1], 1)

    def path_score(self, feats, tags):
        emit = feats.gather(2, tags[..., None]).sum()
        return emit + self.transitions[tags[:, :-1], tags[:, 1:]].sum()

    def forward(self, sentence, tags=None):
        feats = self._features(sentence)
        if not self.training:
            return feats, self._viterbi(feats.detach())
        return feats


def perceptron_step(tagger, optimizer, sentence, gold):
    tagger.training = False
    feats, pred = tagger(sentence)
    tagger.training = True
    loss = tagger.path_score(feats, pred) - tagger.path_score(feats, gold)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    tagger = BiLSTMCRF()
    opt = torch.optim.SGD(tagger.parameters(), lr=0.05)
    for _ in range(4):
        s, g = torch.randint(0, 25, (2, 6)), torch.randint(0, 5, (2, 6))
        print(perceptron_step(tagger, opt, s, g))
