package org.mla.para.mail;
