from .maml import meta_train
