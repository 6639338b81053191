# expect: clean
"""Seq2seq chatbot in the style of the PyTorch chatbot tutorial.

Train a few iterations, put encoder/decoder in eval mode and chat with a
GreedySearchDecoder, then resume training from the "checkpoint" for more
iterations. The training entry point puts both modules back in train mode.
"""
import random

import torch

from models import EncoderRNN, LuongAttnDecoderRNN
from search import GreedySearchDecoder, evaluate_input
from training import train_iters, Voc

random.seed(0)
torch.manual_seed(0)

voc = Voc.toy(num_words=30)
hidden_size = 16
embedding = torch.nn.Embedding(voc.num_words, hidden_size)
encoder = EncoderRNN(hidden_size, embedding, n_layers=2, dropout=0.1)
decoder = LuongAttnDecoderRNN("dot", embedding, hidden_size, voc.num_words, n_layers=2, dropout=0.1)
encoder_optimizer = torch.optim.Adam(encoder.parameters(), lr=1e-3)
decoder_optimizer = torch.optim.Adam(decoder.parameters(), lr=5e-3)

train_iters(voc, encoder, decoder, encoder_optimizer, decoder_optimizer, n_iteration=3)

# Set dropout layers to eval mode
encoder.eval()
decoder.eval()
searcher = GreedySearchDecoder(encoder, decoder)
for sentence in (["w3", "w4", "w5"], ["w7", "w9"]):
    print("Bot:", " ".join(evaluate_input(searcher, voc, sentence)))

# Resume training from where we stopped.
train_iters(voc, encoder, decoder, encoder_optimizer, decoder_optimizer, n_iteration=2, start_iteration=4)
print("done")
