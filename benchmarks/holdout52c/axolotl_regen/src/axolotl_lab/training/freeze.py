def freeze_norm_stats(module):
    """Keep normalisation statistics from the source colony while fine-tuning on a new one."""
    classname = module.__class__.__name__
    if classname.find("Norm") != -1:
        module.eval()
