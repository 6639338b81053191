# expect: crash
"""Rebuilt from cmhcbb/Seq2Sick#2 ("cudnn RNN backward can only be called in training mode"): an adversarial
attack on an OpenNMT-like LSTM translator. The `Translator` wrapper puts the model in eval when it is built,
and the attack then optimises a perturbation of the source embeddings through the same model."""
import torch
import torch.nn as nn


class NMTModel(nn.Module):
    def __init__(self, vocab=25, d=12):
        super().__init__()
        self.src_emb = nn.Embedding(vocab, d)
        self.encoder = nn.LSTM(d, d, batch_first=True)
        self.decoder = nn.LSTM(d, d, batch_first=True)
        self.generator = nn.Linear(d, vocab)

    def forward_embedded(self, src_e, tgt):
        _, state = self.encoder(src_e)
        o, _ = self.decoder(self.src_emb(tgt), state)
        return self.generator(o)


class Translator:
    def __init__(self, model):
        self.model = model
        self.model.eval()

    def translate(self, src, steps=5):
        with torch.no_grad():
            tgt = torch.zeros(src.size(0), 1, dtype=torch.long)
            for _ in range(steps):
                logits = self.model.forward_embedded(self.model.src_emb(src), tgt)
                tgt = torch.cat([tgt, logits[:, -1:].argmax(-1)], 1)
        return tgt


def attack(translator, src, target_word=7, iters=3, lr=0.1):
    model = translator.model
    delta = torch.zeros(*src.shape, model.src_emb.embedding_dim, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=lr)
    tgt = translator.translate(src)
    for _ in range(iters):
        logits = model.forward_embedded(model.src_emb(src).detach() + delta, tgt[:, :-1])
        loss = -torch.log_softmax(logits, -1)[..., target_word].mean() + 0.1 * delta.norm()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return delta


d = attack(Translator(NMTModel()), torch.randint(0, 25, (2, 6)))
print("perturbation norm", float(d.norm()))
print("done")
