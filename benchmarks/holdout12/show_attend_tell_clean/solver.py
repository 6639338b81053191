import torch

from metrics import AverageMeter, accuracy


def train(train_loader, encoder, decoder, criterion, encoder_optimizer, decoder_optimizer, epoch):
    encoder.train()  # train mode (dropout and batchnorm is used)
    losses = AverageMeter()
    for i, (imgs, caps, caplens) in enumerate(train_loader):
        imgs = encoder(imgs)
        scores, alphas = decoder(imgs, caps[:, :-1], caplens)
        loss = criterion(scores.reshape(-1, scores.size(-1)), caps[:, 1:].reshape(-1))
        loss = loss + 1.0 * ((1.0 - alphas.sum(dim=1)) ** 2).mean()
        decoder_optimizer.zero_grad()
        encoder_optimizer.zero_grad()
        loss.backward()
        decoder_optimizer.step()
        encoder_optimizer.step()
        losses.update(loss.item())
    return losses.avg


def validate(val_loader, encoder, decoder, criterion):
    decoder.eval()  # eval mode (no dropout or batchnorm)
    encoder.eval()
    top5 = AverageMeter()
    with torch.no_grad():
        for imgs, caps, caplens in val_loader:
            scores, _ = decoder(encoder(imgs), caps[:, :-1], caplens)
            top5.update(accuracy(scores, caps[:, 1:], 5))
    return top5.avg
