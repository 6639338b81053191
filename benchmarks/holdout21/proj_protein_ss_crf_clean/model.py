import torch
import torch.nn as nn

from crf import LinearChainCRF

AMINO = 21
SS_TAGS = 3  # helix, strand, coil


class BiGRUCRF(nn.Module):
    def __init__(self, emb=8, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(AMINO, emb)
        self.profile = nn.Linear(AMINO, emb)  # PSSM-like profile features
        self.gru = nn.GRU(2 * emb, hidden, batch_first=True, bidirectional=True, num_layers=2, dropout=0.1)
        self.emit = nn.Linear(2 * hidden, SS_TAGS)
        self.crf = LinearChainCRF(SS_TAGS)

    def emissions(self, seq, pssm):
        h, _ = self.gru(torch.cat([self.emb(seq), self.profile(pssm)], -1))
        return self.emit(h)

    def loss(self, seq, pssm, tags):
        return self.crf.nll(self.emissions(seq, pssm), tags)

    @torch.no_grad()
    def predict(self, seq, pssm):
        was_training = self.training
        self.eval()
        try:
            return self.crf.viterbi(self.emissions(seq, pssm))
        finally:
            self.train(was_training)
