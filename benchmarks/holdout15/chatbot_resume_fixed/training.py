import random

import torch

SOS_token = 1


class Voc:
    def __init__(self):
        self.word2index, self.index2word, self.num_words = {}, {0: "PAD", 1: "SOS", 2: "EOS"}, 3

    @classmethod
    def toy(cls, num_words):
        v = cls()
        for i in range(3, num_words):
            v.word2index[f"w{i}"] = i
            v.index2word[i] = f"w{i}"
        v.num_words = num_words
        return v


def random_batch(voc, batch_size=4, max_len=6):
    lengths = sorted([random.randint(2, max_len) for _ in range(batch_size)], reverse=True)
    inp = torch.zeros(max_len, batch_size, dtype=torch.long)
    for b, n in enumerate(lengths):
        inp[:n, b] = torch.randint(3, voc.num_words, (n,))
    target = torch.randint(3, voc.num_words, (4, batch_size))
    mask = torch.ones(4, batch_size, dtype=torch.bool)
    return inp, torch.tensor(lengths), target, mask


def mask_nll_loss(inp, target, mask):
    cross_entropy = -torch.log(torch.gather(inp, 1, target.view(-1, 1)).squeeze(1))
    return cross_entropy.masked_select(mask).mean()


def train_step(voc, batch, encoder, decoder, encoder_optimizer, decoder_optimizer, clip=50.0,
               teacher_forcing_ratio=1.0):
    input_variable, lengths, target_variable, mask = batch
    encoder_optimizer.zero_grad()
    decoder_optimizer.zero_grad()
    encoder_outputs, encoder_hidden = encoder(input_variable, lengths)
    decoder_input = torch.LongTensor([[SOS_token] * input_variable.size(1)])
    decoder_hidden = encoder_hidden[:decoder.n_layers]
    loss = 0
    for t in range(target_variable.size(0)):
        decoder_output, decoder_hidden = decoder(decoder_input, decoder_hidden, encoder_outputs)
        if random.random() < teacher_forcing_ratio:
            decoder_input = target_variable[t].view(1, -1)
        else:
            decoder_input = decoder_output.topk(1)[1].view(1, -1)
        loss = loss + mask_nll_loss(decoder_output, target_variable[t], mask[t])
    loss.backward()
    torch.nn.utils.clip_grad_norm_(encoder.parameters(), clip)
    torch.nn.utils.clip_grad_norm_(decoder.parameters(), clip)
    encoder_optimizer.step()
    decoder_optimizer.step()
    return loss.item()


def train_iters(voc, encoder, decoder, encoder_optimizer, decoder_optimizer, n_iteration, start_iteration=1):
    # Ensure dropout layers are in train mode
    encoder.train()
    decoder.train()
    for iteration in range(start_iteration, start_iteration + n_iteration):
        batch = random_batch(voc)
        loss = train_step(voc, batch, encoder, decoder, encoder_optimizer, decoder_optimizer)
        print(f"Iteration: {iteration}; Average loss: {loss:.4f}")
