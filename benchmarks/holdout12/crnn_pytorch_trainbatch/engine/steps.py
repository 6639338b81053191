import torch


def weights_init(m):
    if m.__class__.__name__.find("Conv") != -1:
        m.weight.data.normal_(0.0, 0.02)


def _ctc(crnn, criterion, batch):
    cpu_images, cpu_texts = batch
    preds = crnn(cpu_images).log_softmax(2)
    preds_size = torch.IntTensor([preds.size(0)] * cpu_images.size(0))
    length = torch.IntTensor([cpu_texts.size(1)] * cpu_images.size(0))
    return criterion(preds, cpu_texts, preds_size, length)


def val(net, dataset, criterion, max_iter=2):
    print("Start val")
    for p in net.parameters():
        p.requires_grad = False
    net.eval()
    loss = 0.0
    for i, batch in enumerate(dataset):
        if i >= max_iter:
            break
        loss += float(_ctc(net, criterion, batch))
    print("Test loss: %f" % (loss / max_iter))


def trainBatch(net, criterion, optimizer, batch):
    for p in net.parameters():
        p.requires_grad = True
    net.train()
    cost = _ctc(net, criterion, batch)
    net.zero_grad()
    cost.backward()
    optimizer.step()
    return cost
