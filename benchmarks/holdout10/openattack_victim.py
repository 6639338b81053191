# expect: crash
"""OpenAttack-style victim classifier: a Classifier wrapper exposing get_pred / get_prob /
get_grad, used by a HotFlip-like word-substitution attacker.

PytorchClassifier.__init__ puts the wrapped model in eval (as victims are inference
objects); get_grad then backpropagates to the embedding output through the eval LSTM.
"""
from abc import ABC, abstractmethod

import torch
from torch import nn


class Classifier(ABC):
    @abstractmethod
    def get_prob(self, input_):
        ...

    def get_pred(self, input_):
        return self.get_prob(input_).argmax(-1)

    def get_grad(self, input_, labels):
        raise NotImplementedError


class PytorchClassifier(Classifier):
    def __init__(self, model, embedding_layer, vocab):
        self.model = model.eval()
        self.embedding_layer = embedding_layer
        self.vocab = vocab
        self._captured = None
        embedding_layer.register_forward_hook(self._capture)

    def _capture(self, module, inputs, output):
        if output.requires_grad:
            output.retain_grad()
        self._captured = output

    def tokenize(self, sents):
        return torch.tensor([[self.vocab.setdefault(w, len(self.vocab) % 40) for w in s.split()]
                             for s in sents])

    def get_prob(self, input_):
        with torch.no_grad():
            return self.model(self.tokenize(input_)).softmax(-1)

    def get_grad(self, input_, labels):
        logits = self.model(self.tokenize(input_))
        loss = nn.functional.cross_entropy(logits, torch.tensor(labels))
        loss.backward()  # TM001-here
        return logits.softmax(-1).detach(), self._captured.grad


class HotFlipLikeAttacker:
    def __init__(self, candidates):
        self.candidates = candidates

    def __call__(self, victim, sentence, label):
        _, grad = victim.get_grad([sentence], [label])
        pos = grad[0].norm(dim=-1).argmax().item()
        words = sentence.split()
        for cand in self.candidates:
            trial = " ".join(words[:pos] + [cand] + words[pos + 1:])
            if victim.get_pred([trial])[0].item() != label:
                return trial
        return None


class ReviewModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(40, 8)
        self.encoder = nn.LSTM(8, 12, batch_first=True)
        self.out = nn.Linear(12, 2)

    def forward(self, ids):
        return self.out(self.encoder(self.embedding(ids))[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(33)
    net = ReviewModel()
    victim = PytorchClassifier(net, net.embedding, vocab={})
    attacker = HotFlipLikeAttacker(["bad", "awful", "fine"])
    for sent in ["the movie was great fun", "a dull and slow film"]:
        label = victim.get_pred([sent])[0].item()
        print(sent, "->", attacker(victim, sent, label))
