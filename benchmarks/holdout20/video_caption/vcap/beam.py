import torch


def beam_search(model, video, beam, max_len, bos, eos):
    h = torch.tanh(model.init_h(video.mean(1))).unsqueeze(0)
    beams = [([bos], 0.0, h)]
    for _ in range(max_len):
        cand = []
        for seq, score, hh in beams:
            if seq[-1] == eos:
                cand.append((seq, score, hh))
                continue
            logits, h2 = model.step(torch.tensor([[seq[-1]]]), video, hh)
            logp = logits[0, -1].log_softmax(-1)
            top = logp.topk(beam)
            for lp, ix in zip(top.values.tolist(), top.indices.tolist()):
                cand.append((seq + [ix], score + lp, h2))
        beams = sorted(cand, key=lambda b: b[1], reverse=True)[:beam]
    return beams[0][0]
