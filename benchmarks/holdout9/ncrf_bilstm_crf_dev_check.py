# expect: crash
"""NCRF++-style BiLSTM-CRF sequence labeller. The epoch loop calls model.train() once per epoch; an early-stopping
check evaluates on dev every `eval_every` batches (decode through the CRF's Viterbi) in the middle of the epoch."""
import argparse

import torch
import torch.nn as nn


class CRF(nn.Module):
    def __init__(self, tagset_size):
        super().__init__()
        self.transitions = nn.Parameter(torch.randn(tagset_size, tagset_size) * 0.1)

    def neg_log_likelihood_loss(self, feats, tags):
        b, t, k = feats.shape
        alpha = feats[:, 0]
        for i in range(1, t):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + feats[:, i].unsqueeze(1), dim=1)
        gold = feats.gather(2, tags.unsqueeze(2)).sum()
        gold = gold + self.transitions[tags[:, :-1], tags[:, 1:]].sum()
        return torch.logsumexp(alpha, 1).sum() - gold

    def viterbi_decode(self, feats):
        score, back = feats[:, 0], []
        for i in range(1, feats.shape[1]):
            s = score.unsqueeze(2) + self.transitions
            score, idx = s.max(1)
            score = score + feats[:, i]
            back.append(idx)
        best = [score.argmax(1)]
        for idx in reversed(back):
            best.append(idx.gather(1, best[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(best[::-1], 1)


class WordSequence(nn.Module):
    def __init__(self, data):
        super().__init__()
        self.word_embedding = nn.Embedding(data.word_alphabet_size, data.word_emb_dim)
        self.lstm = nn.LSTM(data.word_emb_dim, data.HP_hidden_dim // 2, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(data.HP_hidden_dim, data.label_alphabet_size)

    def forward(self, words):
        out, _ = self.lstm(self.word_embedding(words))
        return self.hidden2tag(out)


class SeqLabel(nn.Module):
    def __init__(self, data):
        super().__init__()
        self.word_hidden = WordSequence(data)
        self.crf = CRF(data.label_alphabet_size)

    def calculate_loss(self, words, tags):
        return self.crf.neg_log_likelihood_loss(self.word_hidden(words), tags)

    def forward(self, words):
        return self.crf.viterbi_decode(self.word_hidden(words))


def evaluate(data, model, name):
    model.eval()
    batches = data.dev_batches if name == "dev" else data.test_batches
    right = total = 0
    for words, tags in batches:
        with torch.no_grad():
            pred = model(words)
        right += int((pred == tags).sum())
        total += tags.numel()
    return right / total


def train(data):
    model = SeqLabel(data)
    optimizer = torch.optim.SGD(model.parameters(), lr=data.HP_lr)
    best_dev = -1
    for idx in range(data.HP_iteration):
        model.train()
        for batch_id, (words, tags) in enumerate(data.train_batches):
            loss = model.calculate_loss(words, tags)
            loss.backward()  # TM001-here
            optimizer.step()
            model.zero_grad()
            if (batch_id + 1) % data.eval_every == 0:
                acc = evaluate(data, model, "dev")
                best_dev = max(best_dev, acc)
    return best_dev


def make_data(args):
    data = argparse.Namespace(word_alphabet_size=30, word_emb_dim=6, HP_hidden_dim=8, label_alphabet_size=4,
                              HP_lr=0.01, HP_iteration=args.iteration, eval_every=2)
    g = torch.Generator().manual_seed(0)
    batch = lambda: (torch.randint(0, 30, (3, 7), generator=g), torch.randint(0, 4, (3, 7), generator=g))
    data.train_batches = [batch() for _ in range(4)]
    data.dev_batches = [batch() for _ in range(2)]
    data.test_batches = [batch()]
    return data


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--iteration", type=int, default=2)
    torch.manual_seed(0)
    print(train(make_data(parser.parse_args([]))))
