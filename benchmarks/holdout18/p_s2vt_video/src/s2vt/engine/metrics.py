def token_overlap(hyp, ref):
    return (hyp[:, : ref.shape[1] - 1] == ref[:, 1 : hyp.shape[1] + 1]).float().mean().item()
