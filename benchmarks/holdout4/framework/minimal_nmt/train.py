# expect: crash
"""Entry script: hyper-parameters, synthetic parallel data, then hand over to utils.train."""
import random
from types import SimpleNamespace

import torch

from model import Seq2Seq
from utils import train

hp = SimpleNamespace(num_epochs=2, lr=1e-3, batch_size=3, src_vocab=20, trg_vocab=18)


def make_iter(n):
    return [(torch.randint(1, hp.src_vocab, (6, hp.batch_size)), torch.randint(1, hp.trg_vocab, (5, hp.batch_size)))
            for _ in range(n)]


random.seed(0)
torch.manual_seed(0)
train_iter, val_iter = make_iter(3), make_iter(1)
seq2seq = Seq2Seq(hp.src_vocab, hp.trg_vocab)
optimizer = torch.optim.Adam(seq2seq.parameters(), lr=hp.lr)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=1)
train(seq2seq, optimizer, scheduler, train_iter, val_iter, num_epochs=hp.num_epochs)
