# expect: crash
"""sgrvinod a-PyTorch-Tutorial-to-Image-Captioning layout: separate encoder/decoder objects and optimizers.
Here the decoder runs a whole-sequence nn.LSTM over attended features (a 'fast' rewrite of the LSTMCell loop)."""
import torch

from models import Encoder, DecoderWithAttention
from solver import train, validate
from datasets import CaptionDataset

emb_dim, attention_dim, decoder_dim, vocab_size = 8, 8, 16, 20
encoder = Encoder(encoded_image_size=2)
decoder = DecoderWithAttention(attention_dim, emb_dim, decoder_dim, vocab_size)
encoder_optimizer = torch.optim.Adam(encoder.parameters(), lr=1e-4)
decoder_optimizer = torch.optim.Adam(decoder.parameters(), lr=4e-4)
criterion = torch.nn.CrossEntropyLoss()
train_loader = CaptionDataset("TRAIN", vocab_size)
val_loader = CaptionDataset("VAL", vocab_size)

for epoch in range(2):
    train(train_loader=train_loader, encoder=encoder, decoder=decoder, criterion=criterion,
          encoder_optimizer=encoder_optimizer, decoder_optimizer=decoder_optimizer, epoch=epoch)
    recent_bleu4 = validate(val_loader=val_loader, encoder=encoder, decoder=decoder, criterion=criterion)
    print("epoch", epoch, "bleu-ish", recent_bleu4)
