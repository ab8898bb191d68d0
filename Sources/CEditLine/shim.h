#ifndef ASSAY_CEDITLINE_SHIM_H
#define ASSAY_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
