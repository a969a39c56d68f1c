// Chinese and Korean family names: these traditions put the family name first ("Qin Gang",
// "Park Ji-ho"), so in a two-word name that starts with one, the first word is the surname.

const w = (s: string) => s.split(/\s+/).filter(Boolean);

export const FAMILY_NAME_FIRST = new Set([
  ...w(
    'Zhou Chen Liu Zhao Sun Huang Xu Guo Luo Gao Hua Qin Mao Geng Yang Hu Zhu Ma Zheng Tang Feng Dong Cao Peng Zeng Xiao Tian Pan Yuan Cai Jiang Du Ye Cheng Su Ding Fu Shen Lu Wu Zhang',
  ),
  ...w('Park Choi Jung Kang Yoon Han Shin Oh'),
]);
