# expect: crash
"""Seq2Seq(encoder, decoder): the GRUs are reachable only through the fields the wrapper's constructor
stores; utils.train() evaluates after each epoch and never calls train() again."""
import torch

from models import Decoder, Encoder, Seq2Seq
from utils import train


def batches(n):
    return [(torch.randint(0, 20, (7, 4)), torch.randint(0, 20, (6, 4))) for _ in range(n)]


torch.manual_seed(0)
encoder = Encoder(20, 16)
decoder = Decoder(20, 16)
seq2seq = Seq2Seq(encoder, decoder)
optimizer = torch.optim.Adam(seq2seq.parameters(), lr=1e-3)
train(seq2seq, optimizer, batches(2), batches(1), num_epochs=2)
